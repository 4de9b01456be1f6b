// SPDX-License-Identifier: GPL-3.0-or-later
// Asks the person at the terminal for a line of text, hidden when it is a secret.
#pragma once

#include <QString>

#include <optional>

namespace ClientDesk {

class SecretPrompt
{
public:
    virtual ~SecretPrompt() = default;
    // False when nobody can answer (no TTY): commands then need their file flags.
    virtual bool interactive() const = 0;
    // std::nullopt at end of input.
    virtual std::optional<QString> ask(const QString &prompt, bool hidden) = 0;
};

} // namespace ClientDesk
