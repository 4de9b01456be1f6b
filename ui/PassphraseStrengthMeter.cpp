// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PassphraseStrengthMeter.h"

#include "models/crypto/PassphraseStrength.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ClientDesk {

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_hint(new QLabel(this))
{
    m_bar->setRange(0, 3);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_hint);
    assess(QString());
}

void PassphraseStrengthMeter::assess(const QString &passphrase)
{
    // The bar's text names the level, so the rating never rests on the bar's length alone.
    const PassphraseStrength strength = PassphraseStrength::assess(passphrase);
    m_bar->setValue(static_cast<int>(strength.level()));
    m_bar->setFormat(strength.label());
    m_hint->setText(strength.hint());
}

} // namespace ClientDesk
