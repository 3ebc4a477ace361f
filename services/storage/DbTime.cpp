// Times as the repository stores them: ISO 8601 text in UTC with milliseconds (declared in
// OrgRepository.h). Reading is on the path of every listed row (five times per organization), so
// the form toDbTime() writes is parsed directly; anything else goes through QDateTime's parser.
#include "services/storage/OrgRepository.h"

namespace OrgConsole {

namespace {

// Digits at [from, from + count) of `s`, or -1.
int digits(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ" exactly, or an invalid QDateTime.
QDateTime fromStoredForm(QStringView s)
{
    if (s.size() != 24 || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' || s.at(13) != u':' || s.at(16) != u':'
        || s.at(19) != u'.' || s.at(23) != u'Z')
        return {};
    const QDate date(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    const QTime time(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString toDbTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

QDateTime fromDbTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    const QDateTime stored = fromStoredForm(text);
    if (stored.isValid())
        return stored;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

} // namespace OrgConsole
