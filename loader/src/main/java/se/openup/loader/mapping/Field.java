package se.openup.loader.mapping;

import java.util.Locale;

/** The fields of a posting a mapping can fill; YAML names are the camelCase forms. */
public enum Field {
    buyerId, buyerName, kommunkod,
    supplierId, supplierName,
    amount, currency, date,
    account, accountCode, accountText,
    unit, voucherNumber, invoiceNumber, basis, contract;

    public static Field of(String yamlName) {
        for (Field f : values()) if (f.name().equals(yamlName)) return f;
        throw new IllegalArgumentException("unknown field '" + yamlName + "' (known: "
                + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT) + ")");
    }
}
