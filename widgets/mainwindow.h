#pragma once
#include "catalog/catalog.h"
#include "profile/profile.h"
#include "recipe/hostfacts.h"

#include <QMainWindow>

class QAction;
class QLabel;

namespace initbench {

class ProfileForm;
class RecipePreview;

// Assembles the panes: the profile form, the live recipe preview and the catalog matrix.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Catalog &catalog, HostFacts host, QWidget *parent = nullptr);

    void setProfile(const Profile &profile, const QString &path);

private:
    void regenerate();
    void openProfile();
    void saveProfileAs();
    void saveProfileTo(const QString &path);
    void writeContext();

    const Catalog &m_catalog;
    HostFacts m_host;
    QString m_path;
    ProfileForm *m_form;
    RecipePreview *m_preview;
    QAction *m_buildAndBoot;
    QAction *m_writeContext;
};

} // namespace initbench
