#include "models/Validation.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace OrgConsole {

QString normalizeOrgName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString validateOrgName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Validation", "The organization name is empty.");
    if (trimmed.size() > 255)
        return QCoreApplication::translate("Validation", "The organization name is %1 characters long; at most 255 are allowed.")
            .arg(trimmed.size());
    if (hasUnsafeCharacters(trimmed))
        return QCoreApplication::translate("Validation",
                                           "The organization name contains control characters (such as a tab or a line break).");
    return {};
}

QString validateOwnerId(const QString &ownerId)
{
    const QString trimmed = ownerId.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("Validation", "The owner user id is empty.");
    if (trimmed.size() > 255)
        return QCoreApplication::translate("Validation", "The owner user id is longer than 255 characters.");
    if (hasUnsafeCharacters(trimmed) || trimmed.contains(QLatin1Char(' ')))
        return QCoreApplication::translate("Validation", "The owner user id must not contain spaces or control characters.");
    return {};
}

QString validateEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (trimmed.size() > 254 || !re.match(trimmed).hasMatch())
        // The input is quoted through printable(): a message must not replay an escape sequence
        // or a direction override from a CSV file onto the terminal that shows it.
        return QCoreApplication::translate("Validation", "\"%1\" is not a valid email address.").arg(printable(trimmed, 80));
    return {};
}

QString validateBudget(std::optional<double> budget)
{
    if (!budget)
        return {};
    if (!std::isfinite(*budget))
        return QCoreApplication::translate("Validation", "The budget must be a finite number.");
    if (*budget < 0)
        return QCoreApplication::translate("Validation", "The budget cannot be negative.");
    if (*budget > 1e12)
        return QCoreApplication::translate("Validation", "The budget is unreasonably large (over 1,000,000,000,000 USD).");
    return {};
}

QString validateModelName(const QString &model)
{
    if (model.trimmed().isEmpty())
        return QCoreApplication::translate("Validation", "A model name is empty.");
    if (hasUnsafeCharacters(model) || model.contains(QLatin1Char(',')))
        return QCoreApplication::translate("Validation", "The model name \"%1\" contains invalid characters.")
            .arg(printable(model, 80));
    return {};
}

QString validateOperatorName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Validation", "The operator name is empty.");
    return validatePlainText(name, QCoreApplication::translate("Validation", "operator name"), kMaxOperatorNameChars);
}

QString validateContactName(const QString &contactName)
{
    return validatePlainText(contactName, QCoreApplication::translate("Validation", "contact name"), 200);
}

BudgetParse parseBudgetText(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('$')))
        t = t.mid(1).trimmed();
    if (t.endsWith(QLatin1String("USD"), Qt::CaseInsensitive))
        t.chop(3);
    t = t.trimmed();
    t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return {std::nullopt, QCoreApplication::translate("Validation", "The budget is empty.")};
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)$)"));
    if (!number.match(t).hasMatch())
        return {std::nullopt,
                QCoreApplication::translate("Validation", "\"%1\" is not a number of US dollars.")
                    .arg(printable(text.trimmed(), 80))};
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok)
        return {std::nullopt,
                QCoreApplication::translate("Validation", "\"%1\" is not a number of US dollars.")
                    .arg(printable(text.trimmed(), 80))};
    const QString err = validateBudget(value);
    if (!err.isEmpty())
        return {std::nullopt, err};
    return {value, {}};
}

} // namespace OrgConsole
