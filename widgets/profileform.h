#pragma once
#include "catalog/catalog.h"
#include "profile/profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace initbench {

// Edits the main fields of a profile: name, distro, init, engine, services, SSH port. Fields
// the form does not show (keys, users, packages) are kept as loaded.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    ProfileForm(const Catalog &catalog, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;

signals:
    void changed();

private:
    void refreshServices();

    const Catalog &m_catalog;
    Profile m_base;
    QLineEdit *m_name;
    QComboBox *m_distro;
    QComboBox *m_init;
    QComboBox *m_engine;
    QListWidget *m_services;
    QSpinBox *m_sshPort;
    bool m_loading = false;
};

} // namespace initbench
