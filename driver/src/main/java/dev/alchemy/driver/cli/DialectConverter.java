package dev.alchemy.driver.cli;

import dev.alchemy.translator.Dialect;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a dialect name or alias ({@code postgres}, {@code tsql}, ...) on the command line. */
final class DialectConverter implements ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
        return Dialect.find(value).orElseThrow(() -> new TypeConversionException(
                "unknown dialect '" + value + "'; use one of: " + Dialect.acceptedNames()));
    }
}
