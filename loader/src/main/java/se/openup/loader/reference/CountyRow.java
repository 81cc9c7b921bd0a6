package se.openup.loader.reference;

/** One county (län): SCB's two-digit code, its name and (optionally) its short name. */
record CountyRow(long line, String code, String name, String shortName) {}
