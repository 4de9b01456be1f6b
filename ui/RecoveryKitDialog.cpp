// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecoveryKitDialog.h"

#include "models/crypto/RecoveryKit.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
constexpr int GroupCount = static_cast<int>(RecoveryKey::GroupCount);

// A typed group as RecoveryKey::parse reads it: any case, spaces and hyphens ignored, and
// the look-alikes O (for 0) and I, L (for 1).
QString normalisedGroup(QStringView typed)
{
    QString group;
    group.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        group += c;
    }
    return group;
}

// Overwrites strings that held parts of the key; each must be the only owner of its data.
void overwrite(QString &text)
{
    text.fill(QChar());
    text.clear();
}

void overwrite(QStringList &texts)
{
    for (QString &text : texts)
        overwrite(text);
    texts.clear();
}

// The key as a screen reader should spell it: character by character, a pause between groups.
QString spelledOut(const QStringList &groups)
{
    QString spoken;
    spoken.reserve(groups.size() * RecoveryKey::GroupLength * 2 + groups.size() * 2);
    for (const QString &group : groups) {
        if (!spoken.isEmpty())
            spoken += u", ";
        for (qsizetype i = 0; i < group.size(); ++i) {
            if (i > 0)
                spoken += u' ';
            spoken += group.at(i);
        }
    }
    return spoken;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    return heading;
}

QLabel *paragraphLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton *pushButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    return button;
}

// Error messages are bold and red and say in words what went wrong: colour is never the only
// cue. Other messages keep the palette's text colour.
void showMessage(QLabel *label, const QString &message, bool isError)
{
    label->setStyleSheet(isError ? QStringLiteral("color: #c62828; font-weight: bold;")
                                 : QString());
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

RecoveryKitDialog::RecoveryKitDialog(const QString &workspaceName, const QString &workspaceId,
                                     const QDateTime &createdAt, RecoveryKey key, QWidget *parent)
    : QDialog(parent)
    , m_workspaceName(workspaceName)
    , m_workspaceId(workspaceId)
    , m_createdAt(createdAt)
    , m_key(std::move(key))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Recovery Kit"));
    setObjectName(QStringLiteral("recoveryKitDialog"));
    // No close button where the window manager honours it; reject() covers the rest.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);

    m_pages->addWidget(makeKeyPage());
    m_pages->addWidget(makeCheckPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(600);

    const int first = QRandomGenerator::global()->bounded(1, GroupCount + 1);
    int second = QRandomGenerator::global()->bounded(1, GroupCount);
    if (second >= first)
        ++second;
    setCheckedGroups(first, second);
    showKeyPage();
}

RecoveryKitDialog::~RecoveryKitDialog()
{
    wipe();
}

QWidget *RecoveryKitDialog::makeKeyPage()
{
    auto *page = new QWidget(m_pages);
    auto *heading = headingLabel(tr("Save your recovery kit"), page);
    auto *explanation = paragraphLabel(
        tr("If you forget your passphrase, this recovery key is the only way into your "
           "workspace. Nobody at ClientDesk can recover it for you, and it is shown only this "
           "once.\n\nSave it as a file or print it, then keep it apart from this computer: on "
           "paper in a safe place, or in a password manager."),
        page);
    auto *keyCaption = paragraphLabel(
        tr("Recovery key for the workspace \u201c%1\u201d:").arg(m_workspaceName), page);

    QStringList groups = m_key->groups();
    m_shownKey = groups.join(QLatin1Char('-'));
    m_spokenKey = spelledOut(groups);
    overwrite(groups);

    m_keyLabel = new QLabel(page);
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setText(m_shownKey);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Selectable text only takes focus on a click; the key is reachable with Tab, too.
    m_keyLabel->setFocusPolicy(Qt::StrongFocus);
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setAccessibleDescription(m_spokenKey);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setMargin(14);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(font().pointSizeF() * 1.6);
    keyFont.setBold(true);
    m_keyLabel->setFont(keyFont);

    m_saveMessage = paragraphLabel(QString(), page);
    m_saveMessage->setObjectName(QStringLiteral("saveMessage"));
    m_saveMessage->hide();

    m_saveButton = pushButton(tr("&Save as Text File\u2026"), tr("Save as text file"), page);
    m_printButton = pushButton(tr("&Print\u2026"), tr("Print"), page);
    m_nextButton = pushButton(tr("&Next"), tr("Next"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch();
    buttons->addWidget(m_nextButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(QMargins());
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addWidget(keyCaption);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_saveMessage);
    layout->addStretch();
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &RecoveryKitDialog::saveAsTextFile);
    connect(m_printButton, &QPushButton::clicked, this, &RecoveryKitDialog::print);
    connect(m_nextButton, &QPushButton::clicked, this, &RecoveryKitDialog::showCheckPage);
    return page;
}

QWidget *RecoveryKitDialog::makeCheckPage()
{
    auto *page = new QWidget(m_pages);
    auto *heading = headingLabel(tr("Check that you kept it"), page);
    m_checkIntro = paragraphLabel(QString(), page);

    QFont groupFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    groupFont.setPointSizeF(font().pointSizeF() * 1.2);
    auto *form = new QFormLayout;
    for (int i = 0; i < 2; ++i) {
        GroupCheck &check = m_groups[i];
        check.label = new QLabel(page);
        check.edit = new QLineEdit(page);
        check.edit->setFont(groupFont);
        // Room for a group typed with spaces or hyphens in it.
        check.edit->setMaxLength(16);
        check.edit->setFixedWidth(QFontMetrics(groupFont).horizontalAdvance(QString(12, u'W')));
        check.label->setBuddy(check.edit);
        check.status = new QLabel(page);
        check.status->setTextFormat(Qt::PlainText);
        auto *row = new QHBoxLayout;
        row->addWidget(check.edit);
        row->addWidget(check.status);
        row->addStretch();
        form->addRow(check.label, row);
        connect(check.edit, &QLineEdit::textChanged, this, [this, i] { groupEdited(i); });
        connect(check.edit, &QLineEdit::editingFinished, this, [this, i] { groupFinished(i); });
    }
    // Enter in the first group moves on to the second once it matches.
    connect(m_groups[0].edit, &QLineEdit::returnPressed, this, [this] {
        if (matches(0))
            m_groups[1].edit->setFocus();
    });

    m_mismatch = paragraphLabel(QString(), page);
    m_mismatch->setObjectName(QStringLiteral("errorMessage"));
    m_mismatch->hide();

    m_backButton = pushButton(tr("&Back"), tr("Back"), page);
    m_doneButton = pushButton(tr("&Done"), tr("Done"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_doneButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(QMargins());
    layout->addWidget(heading);
    layout->addWidget(m_checkIntro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_mismatch);
    layout->addStretch();
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_backButton, &QPushButton::clicked, this, &RecoveryKitDialog::showKeyPage);
    connect(m_doneButton, &QPushButton::clicked, this, &RecoveryKitDialog::accept);
    return page;
}

void RecoveryKitDialog::setCheckedGroups(int first, int second)
{
    const bool valid =
        first >= 1 && first <= GroupCount && second >= 1 && second <= GroupCount && first != second;
    Q_ASSERT_X(valid, "RecoveryKitDialog::setCheckedGroups", "two different groups, 1 to 6");
    if (!valid)
        return;
    m_checked[0] = std::min(first, second);
    m_checked[1] = std::max(first, second);
    m_checkIntro->setText(
        tr("Type groups %1 and %2 of your recovery key from the kit you saved, printed or wrote "
           "down. Groups are counted from the left: group 1 is the first six characters.")
            .arg(m_checked[0])
            .arg(m_checked[1]));
    for (int i = 0; i < 2; ++i) {
        GroupCheck &check = m_groups[i];
        check.label->setText(tr("Group &%1:").arg(m_checked[i]));
        check.edit->setAccessibleName(tr("Group %1 of your recovery key").arg(m_checked[i]));
        check.edit->setText(QString());
        check.wrong = false;
    }
    updateCheck();
}

Result<void> RecoveryKitDialog::saveTo(const QString &path)
{
    if (!m_key)
        return Error(ErrorKind::InvalidInput, tr("The recovery kit is no longer shown."));
    QString text = kitText();
    Result<void> saved = RecoveryKit::save(path, text);
    overwrite(text);
    if (!saved) {
        showSaveMessage(saved.error().message(), true);
        return saved;
    }
    showSaveMessage(tr("Saved to %1. Keep a copy apart from this computer, too.")
                        .arg(QDir::toNativeSeparators(path)),
                    false);
    return saved;
}

void RecoveryKitDialog::reject()
{
    if (m_confirmed)
        QDialog::reject();
}

void RecoveryKitDialog::accept()
{
    if (!matches(0) || !matches(1))
        return;
    m_confirmed = true;
    forgetClipboardCopies();
    wipe();
    QDialog::accept();
}

void RecoveryKitDialog::showKeyPage()
{
    m_pages->setCurrentIndex(0);
    m_nextButton->setDefault(true);
    m_nextButton->setFocus();
}

void RecoveryKitDialog::showCheckPage()
{
    m_pages->setCurrentIndex(1);
    m_doneButton->setDefault(true);
    m_groups[matches(0) ? 1 : 0].edit->setFocus();
}

void RecoveryKitDialog::saveAsTextFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Recovery Kit"),
        QDir(folder).filePath(RecoveryKit::suggestedFileName(m_workspaceName)),
        tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    // saveTo shows the outcome in the dialog.
    static_cast<void>(saveTo(path));
}

void RecoveryKitDialog::print()
{
    if (!m_key)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("ClientDesk recovery kit"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Recovery Kit"));
    if (dialog.exec() != QDialog::Accepted)
        return;

    QString text = kitText();
    QTextDocument document;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setPlainText(text);
    document.print(&printer);
    document.clear();
    overwrite(text);

    if (printer.printerState() == QPrinter::Error) {
        showSaveMessage(tr("Could not print the recovery kit. Check the printer and try again, "
                           "or save the kit as a text file."),
                        true);
        return;
    }
    const QString file = printer.outputFileName();
    if (printer.outputFormat() == QPrinter::PdfFormat && !file.isEmpty()) {
        // Like a saved kit, a printed-to-file kit is for its owner's eyes only.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        showSaveMessage(tr("Printed to %1.").arg(QDir::toNativeSeparators(file)), false);
        return;
    }
    showSaveMessage(tr("Sent to the printer."), false);
}

void RecoveryKitDialog::groupEdited(int index)
{
    GroupCheck &check = m_groups[index];
    QString typed = normalisedGroup(check.edit->text());
    check.wrong = typed.size() >= RecoveryKey::GroupLength && !matches(index);
    overwrite(typed);
    updateCheck();
}

void RecoveryKitDialog::groupFinished(int index)
{
    GroupCheck &check = m_groups[index];
    check.wrong = !check.edit->text().trimmed().isEmpty() && !matches(index);
    updateCheck();
}

void RecoveryKitDialog::updateCheck()
{
    bool allMatch = true;
    bool anyWrong = false;
    for (int i = 0; i < 2; ++i) {
        GroupCheck &check = m_groups[i];
        const bool match = matches(i);
        // Words, not only a colour, say which group is right.
        check.status->setText(match             ? tr("\u2713 Matches")
                                  : check.wrong ? tr("\u2717 Does not match")
                                                : QString());
        allMatch = allMatch && match;
        anyWrong = anyWrong || check.wrong;
    }
    showMessage(m_mismatch,
                anyWrong ? tr("That does not match your recovery kit. Go back to check it.")
                         : QString(),
                true);
    m_doneButton->setEnabled(allMatch);
}

bool RecoveryKitDialog::matches(int index) const
{
    if (!m_key)
        return false;
    QStringList groups = m_key->groups();
    QString typed = normalisedGroup(m_groups[index].edit->text());
    const bool same = typed == groups.at(m_checked[index] - 1);
    overwrite(typed);
    overwrite(groups);
    return same;
}

QString RecoveryKitDialog::kitText() const
{
    return RecoveryKit::text(m_workspaceName, m_workspaceId, m_createdAt, *m_key);
}

void RecoveryKitDialog::showSaveMessage(const QString &message, bool isError)
{
    showMessage(m_saveMessage, message, isError);
    // A window does not grow by itself for wrapped text that appears after it was shown.
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void RecoveryKitDialog::forgetClipboardCopies()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        const auto copied = RecoveryKit::findKey(clipboard->text(mode));
        if (copied && copied->secret() == m_key->secret())
            clipboard->clear(mode);
    }
}

void RecoveryKitDialog::wipe()
{
    // The widgets let go of the key first, so the strings below are the only owners left and
    // are overwritten in place. Qt's own copies (text layout, accessibility) are only freed.
    m_keyLabel->setText(QString());
    m_keyLabel->setAccessibleDescription(QString());
    overwrite(m_shownKey);
    overwrite(m_spokenKey);
    for (GroupCheck &check : m_groups) {
        const QSignalBlocker blocker(check.edit);
        check.edit->setText(QString()); // unlike clear(), also forgets the undo history
    }
    m_key.reset();
}

} // namespace ClientDesk
