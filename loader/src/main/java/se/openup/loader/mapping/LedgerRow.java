package se.openup.loader.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One posting (kontering) after normalisation: what every publisher's row means, in one shape.
 * Strings are cleaned (trimmed, whitespace collapsed); null means the file had no value.
 */
public record LedgerRow(
        long line,
        String buyerOrgnr,
        String buyerName,
        String kommunkod,
        Payee payee,
        BigDecimal amount,
        String currency,
        LocalDate date,
        boolean monthOnly,
        String accountCode,
        String accountText,
        String unit,
        String voucherNumber,
        String invoiceNumber,
        String basis,
        String contract) {}
