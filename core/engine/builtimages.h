#pragma once
#include <QString>

namespace initbench {

// What Initbench last built or verified for each profile's image: engine, tag and the digest of
// the build context it came from. `up` trusts this record to boot at once, with no engine call
// before `run` (each costs 15-80 ms, a sizeable share of a one-second boot); `run --pull never`
// then fails at once if the image has gone, and `up` builds again. `build` always asks the
// engine (the image's label), so an image retagged behind Initbench's back is caught there.
class BuiltImages
{
public:
    explicit BuiltImages(QString dir) : m_dir(std::move(dir)) {}

    bool isCurrent(const QString &profile, const QString &engine, const QString &image, const QString &contextHash) const;
    void record(const QString &profile, const QString &engine, const QString &image, const QString &contextHash) const;
    void forget(const QString &profile) const;

private:
    QString pathOf(const QString &profile) const;
    QString m_dir;
};

} // namespace initbench
