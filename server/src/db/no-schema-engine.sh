#!/bin/sh
echo "native Prisma schema engine is not available offline; use: npm run db:migration -- <name> | npm run db:migrate" >&2
exit 1
