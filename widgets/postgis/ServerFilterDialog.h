#pragma once

#include "postgis/AttributeFilter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace rc {

/// Asks for the server-side filter of a database layer: a column of the table, a comparison and a
/// value. Only collects it: the layer sends it to the server as a bind parameter. GUI thread.
class ServerFilterDialog final : public QDialog
{
  Q_OBJECT

public:
  /// `columns` as the table has them; `current` preselected when set.
  ServerFilterDialog(const QStringList &columns, const std::optional<AttributeFilter> &current,
                     QWidget *parent = nullptr);

  [[nodiscard]] AttributeFilter filter() const;

private:
  QComboBox *m_column;
  QComboBox *m_comparison;
  QLineEdit *m_value;
};

} // namespace rc
