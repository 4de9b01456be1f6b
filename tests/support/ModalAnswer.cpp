// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ModalAnswer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTest>
#include <QTimer>

namespace ClientDesk::Test {

std::shared_ptr<bool> ModalAnswer::next(std::function<void(QWidget *dialog)> answer, int timeoutMs)
{
    auto answered = std::make_shared<bool>(false);
    auto *poll = new QTimer(qApp);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, answered, elapsed, timeoutMs] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            *answered = true;
            answer(dialog);
            // An answer that did not close the dialog would leave the test waiting forever
            // inside the action: it is closed, and the test's own checks then fail.
            QPointer<QWidget> still(dialog);
            QTimer::singleShot(5000, qApp, [still] {
                if (still && still->isVisible()) {
                    qWarning("ModalAnswer: the answer left the dialog open; closing it");
                    still->close();
                }
            });
            return;
        }
        if (elapsed->elapsed() > timeoutMs) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
    return answered;
}

bool ModalAnswer::clickButton(QWidget *dialog, const QString &name)
{
    const auto buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible()
            && (button->accessibleName() == name
                || QString(button->text()).remove(QLatin1Char('&')) == name)) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}

} // namespace ClientDesk::Test
