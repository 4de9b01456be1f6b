// SPDX-License-Identifier: GPL-3.0-or-later
// The SecretPrompt of a real terminal: echo off for secrets (the platform's console API).
#pragma once

#include "app/cli/SecretPrompt.h"

namespace ClientDesk {

class TerminalPrompt final : public SecretPrompt
{
public:
    bool interactive() const override;
    std::optional<QString> ask(const QString &prompt, bool hidden) override;
};

} // namespace ClientDesk
