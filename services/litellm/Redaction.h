#pragma once

#include <QString>

namespace OrgConsole {

// Replaces anything that looks like a raw LiteLLM key (sk-...) with "sk-***", and any registered
// secret (the master keys in use) with "***". Used on every log line and error message.
QString redactSecrets(const QString &text);

// Registers a secret (e.g. a master key) that must never appear in logs or messages.
void registerSecretForRedaction(const QString &secret);

} // namespace OrgConsole
