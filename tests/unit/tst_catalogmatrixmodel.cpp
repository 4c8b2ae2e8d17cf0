#include "catalogmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace initbench;

class TstCatalogMatrixModel : public QObject
{
    Q_OBJECT
    Catalog m_catalog = Catalog::builtin();

private slots:
    void consistentAndTruthful()
    {
        CatalogMatrixModel model(m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_catalog.distros().size() * m_catalog.inits().size()));
        QCOMPARE(model.columnCount(), 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString distro = model.index(row, 0).data().toString();
            const QString init = model.index(row, 1).data().toString();
            for (int col = 2; col < 5; ++col) {
                const QString engine = model.headerData(col, Qt::Horizontal, Qt::DisplayRole).toString();
                const Cell cell = m_catalog.cell(distro, init, engine);
                const QModelIndex idx = model.index(row, col);
                QCOMPARE(idx.data(CatalogMatrixModel::SupportedRole).toBool(), cell.supported);
                if (!cell.supported)
                    QCOMPARE(idx.data(Qt::ToolTipRole).toString(), cell.reason);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstCatalogMatrixModel)
#include "tst_catalogmatrixmodel.moc"
