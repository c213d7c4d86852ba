import type { HandleClientError } from "@sveltejs/kit";
import { unexpectedErrorMessage } from "$lib/error-message";

export const handleError: HandleClientError = ({ status }) => ({ message: unexpectedErrorMessage(status) });
