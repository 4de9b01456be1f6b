// SPDX-License-Identifier: GPL-3.0-or-later
// A bar and a hint that rate a new passphrase as it is typed (PassphraseStrength).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ClientDesk {

class PassphraseStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QWidget *parent = nullptr);

public Q_SLOTS:
    void assess(const QString &passphrase);

private:
    QProgressBar *m_bar;
    QLabel *m_hint;
};

} // namespace ClientDesk
