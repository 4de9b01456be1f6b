// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/CryptoLog.h"

namespace ClientDesk {
Q_LOGGING_CATEGORY(lcCrypto, "clientdesk.crypto", QtInfoMsg)
}
