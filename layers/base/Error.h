#pragma once

#include <QString>

#include <stdexcept>

namespace rc {

/// The base of every error Rongcheng throws. what() is a UTF-8, translated sentence for the
/// message bar or stderr; code() lets a caller choose a reaction or an exit status without parsing
/// text. A catch site that treats every failure alike catches `const Error &` once; the derived
/// types add only what some callers need (a path, a server's state, their own reason).
class Error : public std::runtime_error
{
public:
  enum class Code {
    InvalidInput,      ///< unreadable or impossible input (bad WKT, a CRS PROJ rejects, ...)
    OutsideCity,       ///< a location or area that misses the city
    MissingLayer,      ///< the data source lacks a layer the analysis needs
    Data,              ///< a data source or file cannot be read or written
    IllegalTransition, ///< the workflow does not allow this step from the case's state
    Refused,           ///< allowed in principle but not now (no staff to dispatch to, ...)
    PermissionDenied,  ///< the operator's role does not allow it, or it is someone else's
    NotFound,          ///< no such case or audit record
    Storage,           ///< a database failed
    Conflict,          ///< another seat changed the record since this one read it
  };

  Error(Code code, const QString &message) : std::runtime_error(message.toStdString()), m_code(code) {}
  [[nodiscard]] Code code() const { return m_code; }
  [[nodiscard]] QString message() const { return QString::fromUtf8(what()); }

private:
  Code m_code;
};

} // namespace rc
