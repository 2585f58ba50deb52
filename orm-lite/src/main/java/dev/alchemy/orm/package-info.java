/** orm-lite: a SQLAlchemy-style Core and ORM on top of the Alchemy driver. */
package dev.alchemy.orm;
