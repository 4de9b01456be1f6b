// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/StoreLog.h"

namespace ClientDesk {
Q_LOGGING_CATEGORY(lcStore, "clientdesk.store", QtInfoMsg)
}
