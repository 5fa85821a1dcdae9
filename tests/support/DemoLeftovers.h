#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

namespace ecluse::test {

// The files under root that hold generated demo data in the clear: a CSV file by its name, or
// any file with the header line of the generated prestations or DAMIR data in it, whatever its
// name (a package member, a copy). Encrypted vault files never match.
inline QStringList filesWithDemoData(const QString& root)
{
    static const QByteArray headers[] = {"BEN_NIR_PSA,BEN_SEX_COD,", "FLX_ANN_MOI,BEN_RES_REG,"};
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << QStringLiteral("unreadable: ") + path; // cannot tell: counts against
            continue;
        }
        const QByteArray contents = file.readAll();
        bool holdsData = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
        for (const QByteArray& header : headers)
            holdsData = holdsData || contents.contains(header);
        if (holdsData)
            found << path;
    }
    return found;
}

// The staging folders of demo builds for the vault folder `vaultFolder`, beside it.
inline QStringList demoStagingFolders(const QString& vaultFolder)
{
    const QFileInfo target(vaultFolder);
    const QDir parent(target.path());
    QStringList folders;
    for (const QString& name :
         parent.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".demo-build-*")},
                          QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        folders << parent.filePath(name);
    return folders;
}

// Points TMPDIR, for as long as it lives, at an empty folder of its own: whatever lands there
// during a build was written to the system's temporary folder.
class PrivateTemp
{
public:
    PrivateTemp()
        : m_wasSet(qEnvironmentVariableIsSet("TMPDIR"))
        , m_previous(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", m_folder.path().toLocal8Bit());
    }
    ~PrivateTemp()
    {
        if (m_wasSet)
            qputenv("TMPDIR", m_previous);
        else
            qunsetenv("TMPDIR");
    }
    PrivateTemp(const PrivateTemp&) = delete;
    PrivateTemp& operator=(const PrivateTemp&) = delete;

    QStringList entries() const
    {
        return QDir(m_folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

private:
    QTemporaryDir m_folder;
    bool m_wasSet;
    QByteArray m_previous;
};

} // namespace ecluse::test
