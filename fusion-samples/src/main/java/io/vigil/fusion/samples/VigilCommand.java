package io.vigil.fusion.samples;

public final class VigilCommand {
    public static void main(String[] args) {
    }
}
