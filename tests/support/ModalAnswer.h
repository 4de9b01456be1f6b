// SPDX-License-Identifier: GPL-3.0-or-later
// Answers the modal dialog an action opens while the test waits inside that action: a dialog
// shown with exec() runs its own event loop, so the test arranges the answer first, then acts.
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace ClientDesk::Test {

class ModalAnswer
{
public:
    // Once a modal dialog is up (within `timeoutMs`), runs `answer` on it. The returned flag
    // turns true when it ran, for the test to check.
    static std::shared_ptr<bool> next(std::function<void(QWidget *dialog)> answer,
                                      int timeoutMs = 10000);
    // Clicks the dialog's button with this accessible name or text (mnemonics ignored).
    static bool clickButton(QWidget *dialog, const QString &name);
};

} // namespace ClientDesk::Test
