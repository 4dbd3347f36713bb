// Package contracts holds the SDK's Solidity contracts (src/), their
// compiled artifacts (artifacts/, built by build.js with the solc-js
// version pinned in package.json) and Go bindings generated from the
// artifacts by go-ethereum's abigen. Tests deploy them on go-ethereum's
// simulated backend; nothing here needs npm or a node at test time.
//
// Regenerate after changing a contract (needs npm):
//
//	cd contracts && npm ci && go generate
package contracts

//go:generate node build.js
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/CheckpointManager.abi --bin artifacts/CheckpointManager.bin --pkg contracts --type CheckpointManager --out checkpointmanager.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/PacketOutbox.abi --bin artifacts/PacketOutbox.bin --pkg contracts --type PacketOutbox --out packetoutbox.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/PacketInbox.abi --bin artifacts/PacketInbox.bin --pkg contracts --type PacketInbox --out packetinbox.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/PacketRecorder.abi --bin artifacts/PacketRecorder.bin --pkg contracts --type PacketRecorder --out packetrecorder.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/ExitManager.abi --bin artifacts/ExitManager.bin --pkg contracts --type ExitManager --out exitmanager.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/TestERC20.abi --bin artifacts/TestERC20.bin --pkg contracts --type TestERC20 --out testerc20.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/ChildTestToken.abi --bin artifacts/ChildTestToken.bin --pkg contracts --type ChildTestToken --out childtesttoken.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/StateSender.abi --bin artifacts/StateSender.bin --pkg contracts --type StateSender --out statesender.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi artifacts/DepositReceiver.abi --bin artifacts/DepositReceiver.bin --pkg contracts --type DepositReceiver --out depositreceiver.go
