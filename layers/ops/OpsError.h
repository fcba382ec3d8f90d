#pragma once

#include <QString>

#include <stdexcept>

namespace rc {

/// A refused or failed operations-center request: bad input, an illegal workflow step, a missing
/// permission, a store failure. what() is a UTF-8, translated sentence for the message bar or
/// stderr; code() lets callers choose an exit status or a reaction without parsing text.
class OpsError : public std::runtime_error
{
public:
  enum class Code {
    InvalidInput,      ///< unreadable or impossible input (bad WKT, negative buffer, ...)
    OutsideCity,       ///< a location or area that misses the city
    MissingLayer,      ///< the data source lacks a layer the analysis needs
    Data,              ///< the data source cannot be read or written
    IllegalTransition, ///< the workflow does not allow this step from the case's state
    Refused,           ///< allowed in principle but not now (no staff to dispatch to, ...)
    PermissionDenied,  ///< the operator's role does not allow it, or it is someone else's
    NotFound,          ///< no such case or audit record
    Storage,           ///< the workflow database failed
    Conflict,          ///< another seat changed the case since this one read it
  };

  OpsError(Code code, const QString &message) : std::runtime_error(message.toStdString()), m_code(code) {}
  [[nodiscard]] Code code() const { return m_code; }
  [[nodiscard]] QString message() const { return QString::fromUtf8(what()); }

private:
  Code m_code;
};

} // namespace rc
