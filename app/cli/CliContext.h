// SPDX-License-Identifier: GPL-3.0-or-later
// What a command may use: its output streams, the terminal prompt, the clock and the app's paths.
#pragma once

#include "app/AppPaths.h"
#include "app/cli/SecretPrompt.h"
#include "models/crypto/ScryptKdf.h"
#include "models/domain/Clock.h"

#include <QTextStream>

namespace ClientDesk {

class CliContext
{
public:
    QTextStream &out;
    QTextStream &err;
    SecretPrompt &prompt;
    const Clock &clock;
    AppPaths paths;
    // The cost of new passphrase slots; tests lower it, the shipped tool never does.
    ScryptKdf::Params kdf = ScryptKdf::Params::interactive();
};

} // namespace ClientDesk
