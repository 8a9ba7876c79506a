## explorer
