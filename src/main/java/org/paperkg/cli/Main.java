package org.paperkg.cli;

public final class Main {
    public static void main(String[] args) {
    }
}
