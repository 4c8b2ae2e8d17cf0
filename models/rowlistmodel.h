#pragma once
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>

namespace initbench {

// A table of plain rows (services, logins) that a refresh updates in place: rows that went away
// are removed, new ones inserted, moved ones moved and changed ones repainted, so selection and
// scroll position survive a refresh. Rows are told apart by a key; a key seen twice in one list
// gets a counter so it stays unique.
template<typename Row>
class RowListModel : public QAbstractTableModel
{
public:
    struct Column {
        QString title;
        std::function<QVariant(const Row &)> value;
    };
    static constexpr int SortRole = Qt::UserRole + 1; // the raw value (numbers, times) for sorting

    RowListModel(QList<Column> columns, std::function<QString(const Row &)> key, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns)), m_key(std::move(key))
    {
    }

    const QList<Row> &rows() const { return m_rows; }

    void setRows(const QList<Row> &rows)
    {
        const QStringList keys = uniqueKeys(rows);
        const QSet<QString> wanted(keys.cbegin(), keys.cend());
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(m_keys.at(i))) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                m_keys.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < rows.size(); ++i) {
            if (i < m_keys.size() && m_keys.at(i) == keys.at(i)) {
                if (!sameValues(m_rows.at(i), rows.at(i))) {
                    m_rows[i] = rows.at(i);
                    emit dataChanged(index(i, 0), index(i, columnCount() - 1));
                }
                continue;
            }
            const int from = int(m_keys.indexOf(keys.at(i), i + 1));
            if (from > i) {
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                m_keys.move(from, i);
                endMoveRows();
                m_rows[i] = rows.at(i);
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, rows.at(i));
                m_keys.insert(i, keys.at(i));
                endInsertRows();
            }
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const QVariant v = m_columns.at(index.column()).value(m_rows.at(index.row()));
        if (role == SortRole)
            return v;
        if (role == Qt::DisplayRole) {
            if (v.typeId() == QMetaType::QDateTime)
                return v.toDateTime().isValid() ? v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
            return v;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).title;
        return {};
    }

private:
    QStringList uniqueKeys(const QList<Row> &rows) const
    {
        QStringList keys;
        QHash<QString, int> seen;
        for (const Row &r : rows) {
            const QString k = m_key(r);
            const int n = seen[k]++;
            keys << (n == 0 ? k : k + QLatin1Char('#') + QString::number(n));
        }
        return keys;
    }

    bool sameValues(const Row &a, const Row &b) const
    {
        for (const Column &c : m_columns)
            if (c.value(a) != c.value(b))
                return false;
        return true;
    }

    QList<Column> m_columns;
    std::function<QString(const Row &)> m_key;
    QList<Row> m_rows;
    QStringList m_keys;
};

} // namespace initbench
