#include "UserName.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ecluse {
namespace {

// This file's messages, under the "UserName" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserName)
};

} // namespace

bool isValidUserName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

void requireValidUserName(const QString& name)
{
    if (!isValidUserName(name))
        throw Error(ErrorKind::InvalidInput, Text::tr("'%1' is not a valid user name: use 1 to 64 lowercase letters, "
                                                      "digits, '.', '_' or '-', starting with a letter or digit")
                                                 .arg(name));
}

} // namespace ecluse
