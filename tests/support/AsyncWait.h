#pragma once

#include "services/litellm/LiteLlmTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

namespace OrgConsole::Test {

// Runs an asynchronous client call and waits for its callback (events keep flowing meanwhile).
template<typename T, typename Start> Result<T> wait(Start start, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    start([&](Result<T> r) { out = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    while (!out && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    return out.value_or(
        Result<T>::failure(LiteLlmError {ErrorCategory::Network, 0, {}, {}, QStringLiteral("test: no callback")}));
}

} // namespace OrgConsole::Test
