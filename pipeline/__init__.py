"""The stages of wirewatch as plain functions over plain data; no Kafka in here."""
