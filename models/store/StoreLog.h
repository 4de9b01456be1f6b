// SPDX-License-Identifier: GPL-3.0-or-later
// The logging category of the store module: "clientdesk.store".
#pragma once

#include <QLoggingCategory>

namespace ClientDesk {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
