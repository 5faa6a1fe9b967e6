# Networks: one bot serving several national and European networks, each coordinator acting
# only within their own.

networks-refused = That belongs to network { $network }; you act for { $mine } only. Nothing was changed.
networks-no_network = You are a coordinator of no network, so coordinators' commands are not open to you here. An admin can add you to a network's coordinators (`vetbot network edit ID --coordinator PLATFORM:ID`).
