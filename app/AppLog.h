// SPDX-License-Identifier: GPL-3.0-or-later
// The logging category of the application and its command line: "clientdesk.app".
#pragma once

#include <QLoggingCategory>

namespace ClientDesk {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
}
