// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PreferencesTab.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Each language by its own name, as people look for it in a list they may not be able to read.
QString endonym(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Fran\u00e7ais");
    return code;
}
} // namespace

PreferencesTab::PreferencesTab(Preferences preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(std::move(preferences))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeAppearanceGroup());
    layout->addWidget(makeLanguageGroup());
    layout->addWidget(makeLockingGroup());
    layout->addStretch();
}

QWidget *PreferencesTab::makeAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    m_appearance = new QButtonGroup(group);
    const struct
    {
        Preferences::Appearance value;
        QString text;
        QString name;
    } choices[] = {
        {Preferences::Appearance::Light, tr("&Light"), tr("Light appearance")},
        {Preferences::Appearance::Dark, tr("&Dark"), tr("Dark appearance")},
        {Preferences::Appearance::System, tr("S&ystem"), tr("System appearance")},
    };
    auto *row = new QHBoxLayout;
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, group);
        button->setAccessibleName(choice.name);
        m_appearance->addButton(button, static_cast<int>(choice.value));
        row->addWidget(button);
    }
    row->addStretch();
    m_appearance->button(static_cast<int>(m_preferences.appearance()))->setChecked(true);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(row);

    connect(m_appearance, &QButtonGroup::idClicked, this, &PreferencesTab::chooseAppearance);
    return group;
}

QWidget *PreferencesTab::makeLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(group);
    m_language->setAccessibleName(tr("Language"));
    const QStringList codes = Preferences::languages();
    for (const QString &code : codes)
        m_language->addItem(code.isEmpty() ? tr("System default") : endonym(code), code);
    m_language->setCurrentIndex(m_language->findData(m_preferences.language()));
    auto *label = new QLabel(tr("La&nguage:"), group);
    label->setBuddy(m_language);
    auto *form = new QFormLayout;
    form->addRow(label, m_language);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(form);
    groupLayout->addWidget(noteLabel(tr("Takes effect when ClientDesk restarts."), group));

    connect(m_language, &QComboBox::activated, this, &PreferencesTab::chooseLanguage);
    return group;
}

QWidget *PreferencesTab::makeLockingGroup()
{
    auto *group = new QGroupBox(tr("Locking"), this);
    m_autoLock = new QComboBox(group);
    m_autoLock->setAccessibleName(tr("Lock after inactivity"));
    const QList<int> choices = Preferences::autoLockChoices();
    for (int minutes : choices)
        m_autoLock->addItem(autoLockText(minutes), minutes);
    m_autoLock->setCurrentIndex(m_autoLock->findData(m_preferences.autoLockMinutes()));
    auto *label = new QLabel(tr("Loc&k the workspace:"), group);
    label->setBuddy(m_autoLock);
    auto *form = new QFormLayout;
    form->addRow(label, m_autoLock);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addLayout(form);
    groupLayout->addWidget(noteLabel(tr("When nobody has used ClientDesk for this long, it locks "
                                        "and asks for the passphrase again."),
                                     group));

    connect(m_autoLock, &QComboBox::activated, this, &PreferencesTab::chooseAutoLock);
    return group;
}

QString PreferencesTab::autoLockText(int minutes) const
{
    // The plural comes from the translation, English's too (translations/clientdesk_en.ts).
    if (minutes == 0)
        return tr("Never");
    return tr("After %Ln minute(s)", nullptr, minutes);
}

void PreferencesTab::focusFirstControl()
{
    m_appearance->checkedButton()->setFocus();
}

void PreferencesTab::chooseAppearance(int id)
{
    const auto appearance = static_cast<Preferences::Appearance>(id);
    if (appearance == m_preferences.appearance())
        return;
    m_preferences.setAppearance(appearance);
    Q_EMIT appearanceChanged(appearance);
}

void PreferencesTab::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (code == m_preferences.language())
        return;
    m_preferences.setLanguage(code);
    Q_EMIT languageChanged(code);
}

void PreferencesTab::chooseAutoLock(int index)
{
    const int minutes = m_autoLock->itemData(index).toInt();
    if (minutes == m_preferences.autoLockMinutes())
        return;
    m_preferences.setAutoLockMinutes(minutes);
    Q_EMIT autoLockChanged(minutes);
}

} // namespace ClientDesk
