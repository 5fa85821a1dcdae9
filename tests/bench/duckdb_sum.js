// DuckDB's side of the one-dimension sum comparison in docs/PERFORMANCE.md (a benchmark only:
// DuckDB is not a dependency of Écluse). With @duckdb/node-api installed from npm:
//
//   node duckdb_sum.js load PRESTATIONS.csv FILE.duckdb   rows into a DuckDB file (not timed)
//   node duckdb_sum.js query FILE.duckdb                  department x beneficiaries and amount
//                                                         paid, with the total: time this process
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

async function main() {
    const [mode, first, second] = process.argv.slice(2);
    if (mode === 'load' && first && second) {
        const connection = await (await DuckDBInstance.create(second)).connect();
        await connection.run(
            `CREATE TABLE prestations AS SELECT * FROM read_csv('${first.replaceAll("'", "''")}', header = true)`);
        return;
    }
    if (mode === 'query' && first) {
        const connection = await (await DuckDBInstance.create(first, { access_mode: 'READ_ONLY' })).connect();
        const result = await connection.runAndReadAll(
            `SELECT BEN_RES_DPT, count(DISTINCT BEN_NIR_PSA) AS beneficiaries, sum(PRS_PAI_MNT) AS amount_paid
             FROM prestations GROUP BY ROLLUP (BEN_RES_DPT) ORDER BY BEN_RES_DPT NULLS LAST`);
        const rows = result.getRows();
        console.log(`${rows.length} rows; total: ${rows[rows.length - 1].slice(1).join(', ')}`);
        return;
    }
    console.error('usage: node duckdb_sum.js load CSV DB | query DB');
    process.exit(2);
}

main().catch((error) => {
    console.error(error.message);
    process.exit(1);
});
