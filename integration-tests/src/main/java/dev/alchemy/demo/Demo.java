package dev.alchemy.demo;

/** The README's demo: the orm-lite walkthrough on an embedded database. Filled in by the orm-lite issue. */
public final class Demo {
    public static void main(String[] args) {
        System.out.println("Alchemy demo: not yet written");
    }
}
