// SPDX-License-Identifier: GPL-3.0-or-later
// The Agency settings: the details every invoice prints (name, address, tax id, bank, footer,
// logo) and how new invoices start out (currency, tax rate, payment terms, retention). It only
// edits: whoever shows it loads the profile in and saves what saveRequested hands out.
#pragma once

#include "models/domain/AgencyProfile.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ClientDesk {

class AgencyProfileTab : public QWidget
{
    Q_OBJECT

public:
    // Larger logos would bloat every invoice PDF and the store.
    static constexpr qint64 MaxLogoBytes = 2 * 1024 * 1024;

    explicit AgencyProfileTab(QWidget *parent = nullptr);

    // Shows the profile as stored and takes it as the saved state; hides the message. The form
    // is disabled until the first call.
    void setProfile(const AgencyProfile &profile);
    // The form as it stands, edits included.
    AgencyProfile profile() const;
    // The form differs from what setProfile() last showed.
    bool isModified() const;

    // A line under the form: an error (bold and red, and its text says what is wrong) or a
    // notice such as "Saved."; an empty message hides it.
    void showMessage(const QString &message, bool error);
    QString message() const;

    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    // Checks the form with AgencyProfile::validate(): a problem is shown and nothing is
    // requested; otherwise emits saveRequested.
    void save();

Q_SIGNALS:
    // The form is valid and the person asked to save it.
    void saveRequested(const ClientDesk::AgencyProfile &profile);

protected:
    // Asks for an image file; empty when cancelled. Tests override it.
    virtual QString chooseLogoFile();

private:
    void chooseLogo();
    void loadLogo(const QString &path);
    void removeLogo();
    void showLogo();
    void updateButtons();

    QLineEdit *m_legalName;
    QPlainTextEdit *m_address;
    QLineEdit *m_taxId;
    QLineEdit *m_iban;
    QLineEdit *m_bic;
    QPlainTextEdit *m_footer;
    QComboBox *m_currency;
    QDoubleSpinBox *m_taxRate;
    QSpinBox *m_paymentTerms;
    QSpinBox *m_retention;
    QLabel *m_logoPreview;
    QPushButton *m_chooseLogo;
    QPushButton *m_removeLogo;
    QPushButton *m_save;
    QLabel *m_message;
    QByteArray m_logo;
    AgencyProfile m_stored;
    bool m_loaded = false;
};

} // namespace ClientDesk
