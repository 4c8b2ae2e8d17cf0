#pragma once
#include "catalog/catalog.h"
#include "profile/profile.h"
#include "recipe/hostfacts.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace initbench {

class RecipePreview;

// The guided way to a new container: a distro, then an init (those with no recipe for that
// distro are shown, disabled, with the reason), services (the same), engine, name and port (a
// free port unless one is named), then a review of the recipe's files and commands and a
// security summary read from the run command. Finishing hands back the profile; the window
// saves it in the profiles folder and boots it.
class NewContainerWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { DistroPage, InitPage, ServicesPage, EnginePage, ReviewPage };

    NewContainerWizard(const Catalog &catalog, HostFacts host, QWidget *parent = nullptr);

    Profile profile() const; // as chosen so far
    int shownPort() const { return m_shownPort; } // the free port the review showed; 0: none

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *makePage(const QString &title, const QString &subTitle, QWidget *body);
    void fillInits();
    void fillServices();
    void fillEngines();
    void review();
    QString chosen(const QListWidget *list) const;

    const Catalog &m_catalog;
    HostFacts m_host;
    QListWidget *m_distros;
    QListWidget *m_inits;
    QListWidget *m_services;
    QComboBox *m_engine;
    QLineEdit *m_name;
    QSpinBox *m_port;
    int m_shownPort = 0;
    RecipePreview *m_preview;
    QLabel *m_security;
    QStringList m_problems; // why the reviewed profile cannot be made; empty when it can
};

} // namespace initbench
