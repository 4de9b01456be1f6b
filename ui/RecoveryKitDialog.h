// SPDX-License-Identifier: GPL-3.0-or-later
// Shows a workspace's recovery key the one time it is shown, offers to save or print the kit,
// and stays open until the person has typed back two of its groups.
#pragma once

#include "models/crypto/RecoveryKey.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QDialog>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ClientDesk {

class RecoveryKitDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKitDialog(const QString &workspaceName, const QString &workspaceId,
                      const QDateTime &createdAt, RecoveryKey key, QWidget *parent = nullptr);
    ~RecoveryKitDialog() override;

    // The two groups (1 to 6, different) the check asks for; picked at random unless set.
    void setCheckedGroups(int first, int second);
    std::pair<int, int> checkedGroups() const { return {m_checked[0], m_checked[1]}; }
    // Writes the kit, readable by its owner only, and says in the dialog how that went:
    // what "Save as Text File…" does with the path the file dialog returns.
    Result<void> saveTo(const QString &path);
    // True once the check passed and the person pressed Done; the key is then wiped.
    bool isConfirmed() const { return m_confirmed; }
    // Until the check has passed, Esc and the window's close button do nothing: the key is
    // shown this once only.
    void reject() override;
    void accept() override;

private:
    struct GroupCheck
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *status = nullptr;
        // Shown as not matching: a whole group was typed, or the person moved on from it.
        bool wrong = false;
    };

    QWidget *makeKeyPage();
    QWidget *makeCheckPage();
    void showKeyPage();
    void showCheckPage();
    void saveAsTextFile();
    void print();
    void groupEdited(int index);
    void groupFinished(int index);
    void updateCheck();
    bool matches(int index) const;
    void forgetClipboardCopies();
    QString kitText() const;
    void showSaveMessage(const QString &message, bool isError);
    void wipe();

    QString m_workspaceName;
    QString m_workspaceId;
    QDateTime m_createdAt;
    std::optional<RecoveryKey> m_key;
    // The strings the key label and its accessible description share, kept to be overwritten
    // once the widgets have let go of them.
    QString m_shownKey;
    QString m_spokenKey;
    int m_checked[2] = {2, 5};
    bool m_confirmed = false;

    QStackedWidget *m_pages;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_saveMessage = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    GroupCheck m_groups[2];
    QLabel *m_checkIntro = nullptr;
    QLabel *m_mismatch = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_doneButton = nullptr;
};

} // namespace ClientDesk
