package dev.alchemy.bench;

/** The statements the translation benchmarks translate, in portable SQL. */
final class TranslationQueries {
    /** A short OLTP statement with something to rewrite on most targets (pagination, a boolean literal). */
    static final String SHORT = "SELECT id, name, price FROM items WHERE category_id = ? AND active = TRUE "
            + "ORDER BY name LIMIT 10";

    /** TPC-H Q9 (product type profit), six-way join, EXTRACT, LIKE, derived table: 600 characters. */
    static final String TPCH_Q9 = "SELECT nation, o_year, SUM(amount) AS sum_profit FROM ("
            + "SELECT n_name AS nation, EXTRACT(YEAR FROM o_orderdate) AS o_year, "
            + "l_extendedprice * (1 - l_discount) - ps_supplycost * l_quantity AS amount "
            + "FROM part, supplier, lineitem, partsupp, orders, nation "
            + "WHERE s_suppkey = l_suppkey AND ps_suppkey = l_suppkey AND ps_partkey = l_partkey "
            + "AND p_partkey = l_partkey AND o_orderkey = l_orderkey AND s_nationkey = n_nationkey "
            + "AND p_name LIKE '%green%') AS profit "
            + "GROUP BY nation, o_year ORDER BY nation, o_year DESC";

    /** TPC-H Q18 (large volume customer): IN subquery with GROUP BY/HAVING, three-way join, LIMIT 100. */
    static final String TPCH_Q18 = "SELECT c_name, c_custkey, o_orderkey, o_orderdate, o_totalprice, "
            + "SUM(l_quantity) AS total_quantity FROM customer, orders, lineitem "
            + "WHERE o_orderkey IN (SELECT l_orderkey FROM lineitem GROUP BY l_orderkey HAVING SUM(l_quantity) > 300) "
            + "AND c_custkey = o_custkey AND o_orderkey = l_orderkey "
            + "GROUP BY c_name, c_custkey, o_orderkey, o_orderdate, o_totalprice "
            + "ORDER BY o_totalprice DESC, o_orderdate LIMIT 100";

    static String byName(String name) {
        switch (name) {
            case "short": return SHORT;
            case "tpch_q9": return TPCH_Q9;
            case "tpch_q18": return TPCH_Q18;
            default: throw new IllegalArgumentException("unknown query " + name + "; use short, tpch_q9 or tpch_q18");
        }
    }

    private TranslationQueries() {
    }
}
