#pragma once

#include <QDateTime>

namespace ecluse {

// Time is injected so that tests can drive expiry and idle locks without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace ecluse
