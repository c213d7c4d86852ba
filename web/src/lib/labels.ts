// The portal's Spanish labels and workflow facts come from the server's one source of them.
export * from "$shared/labels";
export * from "$shared/workflow-facts";
export * from "$shared/money-labels";
export * from "$shared/audit-labels";
export * from "$shared/work-order-print";
export * from "$shared/register-import-template";
