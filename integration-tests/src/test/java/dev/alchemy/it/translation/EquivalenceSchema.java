package dev.alchemy.it.translation;

import java.util.List;

/** The sample schema and data of the executed-equivalence suite, in portable SQL. Tables carry the prefix {@code teq_}. */
final class EquivalenceSchema {
    private EquivalenceSchema() {
    }

    static final List<String> TABLES = List.of("teq_order_items", "teq_orders", "teq_customers", "teq_products",
            "teq_employees", "teq_events");

    static final List<String> CREATE = List.of(
            "CREATE TABLE teq_customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100),"
                    + " city VARCHAR(50), active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL)",
            "CREATE TABLE teq_products (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, category VARCHAR(30) NOT NULL,"
                    + " price DECIMAL(10,2) NOT NULL, stock INTEGER)",
            "CREATE TABLE teq_orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, ordered_at TIMESTAMP NOT NULL,"
                    + " status VARCHAR(20) NOT NULL, note TEXT)",
            "CREATE TABLE teq_order_items (order_id INTEGER NOT NULL, product_id INTEGER NOT NULL,"
                    + " quantity INTEGER NOT NULL, unit_price DECIMAL(10,2) NOT NULL, PRIMARY KEY (order_id, product_id))",
            "CREATE TABLE teq_employees (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, manager_id INTEGER,"
                    + " salary DECIMAL(10,2) NOT NULL, dept VARCHAR(20) NOT NULL)",
            "CREATE TABLE teq_events (id INTEGER PRIMARY KEY, happened_at TIMESTAMP NOT NULL, kind VARCHAR(20) NOT NULL,"
                    + " payload TEXT)",
            "CREATE INDEX teq_orders_customer ON teq_orders (customer_id)",
            "CREATE INDEX teq_events_kind_time ON teq_events (kind, happened_at)");

    static final List<String> DATA = List.of(
            "INSERT INTO teq_customers (id, name, email, city, active, created_at) VALUES"
                    + " (1, 'Alice', 'alice@example.com', 'Paris', TRUE, TIMESTAMP '2023-01-15 09:30:00'),"
                    + " (2, 'Bob', 'bob@example.org', 'Berlin', TRUE, TIMESTAMP '2023-02-20 14:00:00'),"
                    + " (3, 'Carol', NULL, 'Paris', FALSE, TIMESTAMP '2023-03-05 08:15:30'),"
                    + " (4, 'Dave', 'dave@example.com', NULL, TRUE, TIMESTAMP '2023-03-18 17:45:00'),"
                    + " (5, 'Erin', 'erin@example.net', 'Madrid', TRUE, TIMESTAMP '2023-05-01 00:00:00'),"
                    + " (6, 'Frank', NULL, 'Berlin', FALSE, TIMESTAMP '2023-06-30 23:59:59'),"
                    + " (7, 'Grace', 'grace@example.com', 'Rome', TRUE, TIMESTAMP '2023-08-08 12:00:00'),"
                    + " (8, 'Heidi', 'heidi@example.org', 'Paris', TRUE, TIMESTAMP '2024-01-02 10:10:10'),"
                    + " (9, 'Ivan', 'ivan@example.com', 'Oslo', FALSE, TIMESTAMP '2024-02-02 02:02:02')",
            "INSERT INTO teq_products (id, name, category, price, stock) VALUES"
                    + " (1, 'Widget', 'tools', 9.99, 100), (2, 'Gadget', 'tools', 24.50, 20),"
                    + " (3, 'Doohickey', 'tools', 4.25, NULL), (4, 'Novel', 'books', 12.00, 50),"
                    + " (5, 'Atlas', 'books', 35.00, 5), (6, 'Cookbook', 'books', 18.75, 0),"
                    + " (7, 'Teapot', 'kitchen', 22.00, 12), (8, 'Kettle', 'kitchen', 30.00, 7),"
                    + " (9, 'Spoon', 'kitchen', 1.50, 500), (10, 'Lamp', 'home', 45.00, 3), (11, 'Ruler', 'tools', 3.10, 40)",
            "INSERT INTO teq_orders (id, customer_id, ordered_at, status, note) VALUES"
                    + " (1, 1, TIMESTAMP '2024-01-05 10:00:00', 'shipped', 'leave at door'),"
                    + " (2, 1, TIMESTAMP '2024-01-20 15:30:00', 'shipped', NULL),"
                    + " (3, 2, TIMESTAMP '2024-02-01 09:00:00', 'pending', NULL),"
                    + " (4, 3, TIMESTAMP '2024-02-14 19:45:00', 'cancelled', 'customer request'),"
                    + " (5, 4, TIMESTAMP '2024-02-29 23:00:00', 'shipped', NULL),"
                    + " (6, 5, TIMESTAMP '2024-03-10 08:20:00', 'shipped', 'gift wrap'),"
                    + " (7, 5, TIMESTAMP '2024-03-11 11:11:11', 'pending', NULL),"
                    + " (8, 7, TIMESTAMP '2024-03-31 22:00:00', 'shipped', NULL),"
                    + " (9, 8, TIMESTAMP '2024-04-01 00:30:00', 'pending', 'call first'),"
                    + " (10, 2, TIMESTAMP '2024-04-15 13:00:00', 'shipped', NULL),"
                    + " (11, 1, TIMESTAMP '2024-05-05 05:05:05', 'cancelled', NULL),"
                    + " (12, 6, TIMESTAMP '2024-05-20 16:00:00', 'shipped', NULL)",
            "INSERT INTO teq_order_items (order_id, product_id, quantity, unit_price) VALUES"
                    + " (1, 1, 2, 9.99), (1, 4, 1, 12.00), (2, 2, 1, 24.50), (3, 9, 10, 1.50), (3, 7, 1, 22.00),"
                    + " (4, 5, 1, 35.00), (5, 1, 5, 9.99), (5, 3, 4, 4.25), (6, 6, 2, 18.75), (6, 8, 1, 30.00),"
                    + " (7, 10, 1, 45.00), (8, 2, 2, 24.50), (8, 9, 6, 1.50), (9, 4, 3, 12.00), (10, 7, 2, 22.00),"
                    + " (10, 1, 1, 9.99), (11, 5, 1, 35.00), (12, 3, 8, 4.25), (12, 9, 2, 1.50)",
            "INSERT INTO teq_employees (id, name, manager_id, salary, dept) VALUES"
                    + " (1, 'Ada', NULL, 9000.00, 'board'), (2, 'Brian', 1, 7000.00, 'eng'),"
                    + " (3, 'Chen', 1, 6500.00, 'sales'), (4, 'Dina', 2, 5200.00, 'eng'),"
                    + " (5, 'Eli', 2, 5100.00, 'eng'), (6, 'Fay', 3, 4000.00, 'sales'),"
                    + " (7, 'Gus', 4, 3900.00, 'eng'), (8, 'Hana', 3, 4100.00, 'sales')",
            "INSERT INTO teq_events (id, happened_at, kind, payload) VALUES"
                    + " (1, TIMESTAMP '2024-03-01 08:00:00', 'login', 'u1'),"
                    + " (2, TIMESTAMP '2024-03-01 08:45:10', 'click', 'u1'),"
                    + " (3, TIMESTAMP '2024-03-02 14:30:00', 'login', 'u2'),"
                    + " (4, TIMESTAMP '2024-03-09 23:59:00', 'logout', NULL),"
                    + " (5, TIMESTAMP '2024-03-15 12:00:00', 'click', 'u2'),"
                    + " (6, TIMESTAMP '2024-04-01 00:00:00', 'login', 'u3'),"
                    + " (7, TIMESTAMP '2024-12-31 18:20:00', 'click', 'u3')");
}
