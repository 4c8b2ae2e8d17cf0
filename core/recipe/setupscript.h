#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace initbench {

// The one script that configures the image (run by the Containerfile, or in the chroot of a
// bootstrapped nspawn tree), assembled from titled sections.
class SetupScript
{
public:
    void add(const QString &title, const QString &body);
    QByteArray text(const QString &header) const;

private:
    QList<QPair<QString, QString>> m_sections;
};

} // namespace initbench
