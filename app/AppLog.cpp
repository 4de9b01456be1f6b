// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppLog.h"

namespace ClientDesk {
Q_LOGGING_CATEGORY(lcApp, "clientdesk.app", QtInfoMsg)
}
