// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// PacketInboxCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type PacketInboxCheckpoint struct {
	Version          uint8
	SourceChainId    *big.Int
	Number           uint64
	StartHeight      uint64
	EndHeight        uint64
	PacketRoot       [32]byte
	PacketCount      uint64
	StateRoot        [32]byte
	ValidatorSetHash [32]byte
}

// PacketInboxMetaData contains all meta data concerning the PacketInbox contract.
var PacketInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"powers\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"PacketDelivered\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startHeight\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"packetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"packetCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"validatorSetHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPacketInbox.Checkpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"packet\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"version\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"sourceChainId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"startHeight\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"endHeight\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"packetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"packetCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"validatorSetHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPacketInbox.Checkpoint\",\"name\":\"cp\",\"type\":\"tuple\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"delivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorSetHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080806040523461033b5761121e803803809161001c828561035f565b833981019060408183031261033b5780516001600160401b03811161033b5781019082601f8301121561033b57815161005481610396565b92610062604051948561035f565b81845260208085019260051b8201019085821161033b57602001915b81831061033f575050506020810151906001600160401b03821161033b57019180601f8401121561033b5782516100b481610396565b936100c2604051958661035f565b81855260208086019260051b82010192831161033b57602001905b82821061032b575050508051825181149081610321575b50156102f2578051604051907f627474632d72656c61792f7369676167672f76616c696461746f722d7365742f602083015261763160f01b604083015260018060c01b03199060c01b166042820152602a8152610152604a8261035f565b905f915b81518310156102d45782158015610285575b15610240576001600160a01b0361017f84846103ad565b51161561020a576020610202603482600194858060a01b036101a189896103ad565b51165f525f825260405f208660ff198254161790556101c088886103ad565b516101cb898b6103ad565b516040519683889451918291018686015e830191888060601b03199060601b1684830152848201520301601481018452018261035f565b920191610156565b60405162461bcd60e51b815260206004820152600e60248201526d3d32b937903b30b634b230ba37b960911b6044820152606490fd5b60405162461bcd60e51b815260206004820152601860248201527f76616c696461746f7273206e6f7420617363656e64696e6700000000000000006044820152606490fd5b506001600160a01b0361029884846103ad565b51165f1984018481116102c0576001600160a01b03906102b890856103ad565b511610610168565b634e487b7160e01b5f52601160045260245ffd5b905160015560208151910120600255604051610e4890816103d68239f35b60405162461bcd60e51b8152602060048201526007602482015266189859081cd95d60ca1b6044820152606490fd5b905015155f6100f4565b81518152602091820191016100dd565b5f80fd5b82516001600160a01b038116810361033b5781526020928301920161007e565b601f909101601f19168101906001600160401b0382119082101761038257604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b0381116103825760051b60200190565b80518210156103c15760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c9081630f43a67714610d2d5750806390d40cdf1461026d578063cdea29121461024f578063ce66839414610102578063e495f1d4146100d3578063f698da25146100b05763facd743b1461006b575f80fd5b346100ad5760203660031901126100ad576004356001600160a01b038116908190036100ab5760408260ff92602094528084522054166040519015158152f35b505b80fd5b50346100ad57806003193601126100ad5760206100cb610d7c565b604051908152f35b50346100ad5760203660031901126100ad5760ff60406020926004358152600384522054166040519015158152f35b50346100ad576101203660031901126100ad5760043560ff81169081810361024b57506044356001600160401b0381169081810361024757506064356001600160401b0381169081810361024357506084356001600160401b0381169081810361023f575060c435916001600160401b0383169283810361023b57602096505060405193868501957f2575641e3cbe4ff2d1e88afab9e4cc9a9d2fa2946ae38acbdf26f04fab9bbecb875260408601526024356060860152608085015260a084015260c083015260a43560e083015261010082015260e4356101208201526101043561014082015261014081526101fb61016082610d47565b519020610206610d7c565b90604051908382019261190160f01b84526022830152604282015260428152610230606282610d47565b519020604051908152f35b8680fd5b8580fd5b8480fd5b8380fd5b8280fd5b50346100ad57806003193601126100ad576020600254604051908152f35b50346107ce576101a03660031901126107ce576001600160401b03600435116107ce573660236004350112156107ce576001600160401b0360043560040135116107ce57366024600435600401356004350101116107ce576044356001600160401b0381116107ce57366023820112156107ce576001600160401b038160040135116107ce57366024826004013560051b830101116107ce576101203660631901126107ce57610184356001600160401b0381116107ce57366023820112156107ce576001600160401b038160040135116107ce573660246060836004013502830101116107ce5760643560ff811681036107ce57600160ff821603610cf3576002546101643503610cb85760a4356001600160401b03811681036107ce576001600160401b0360c4351660c435036107ce576001600160401b0360e4351660e435036107ce576001600160401b03610124351661012435036107ce576001600160401b036040519160ff60208401947f2575641e3cbe4ff2d1e88afab9e4cc9a9d2fa2946ae38acbdf26f04fab9bbecb865216604084015260843560608401521660808201526001600160401b0360c4351660a08201526001600160401b0360e4351660c08201526101043560e08201526001600160401b0361012435166101008201526101443561012082015261016435610140820152610140815261047761016082610d47565b519020610482610d7c565b9060405190602082019261190160f01b845260228301526042820152604281526104ad606282610d47565b5190205f90815b83600401358310610ad0575050506001548060011b908082046002149015171561093f5760039004906001820180921161093f576004013510610a9f576101c060043560040135101580610a81575b15610a4b57600435600401356060116107ce5760646004350135600435600401356080116107ce5760846004350135906004356004013560a0116107ce5760a46004350135916004356004013560c0116107ce5760c460043501359260043560040135610180116107ce576101846004350135936084358403610a175760043560040135610160116107ce57610164600435013546036109de576001600160401b0360c4351681101590816109c8575b501561098d57601f19601f600435600401350116946040516105d86020880182610d47565b600480359081013580835260208301929160240183375f6020600435600401358301015251902060405160208101915f835260218201526021815261061e604182610d47565b5190206024359190610124356001600160401b0316831015610953575f5b6001600160401b0361012435166001821b1061092f578260040135036108f65791905f5b8160040135811061083f57505050610104350361080b576001600160401b03906040519260208401947f308a2ca5b10eb53030acf3ad73c9b44d4e59741df9d4bf570a87b853a558c1eb8652604085015260018060a01b03166060840152166080820152608081526106d360a082610d47565b51902091825f52600360205260ff60405f2054166107d2575f838152600360205260409020805460ff191660011790556001600160a01b0382163b156107ce575f6064916040519283809263c30f024b60e01b8252876004830152604060248301526004356004013560448301526004356004013560246004350184840137600480350135820183018590528101030181836001600160a01b0387165af180156107c3576107ae575b506001600160a01b0316907f10618a1499b4938f2eea0974eec4ae58bb48ddd300a533c392e0ec8f1ba4dd5e8380a380f35b6107bb9193505f90610d47565b5f915f61077c565b6040513d5f823e3d90fd5b5f80fd5b60405162461bcd60e51b8152602060048201526011602482015270185b1c9958591e4819195b1a5d995c9959607a1b6044820152606490fd5b60405162461bcd60e51b815260206004820152600c60248201526b1b9bdd081a5b98db1d59195960a21b6044820152606490fd5b909192600190818516155f146108ac5761088f61089d61086785876004013560248901610e38565b604051600160f81b602082019081526021820195909552903560418201529182906061820190565b03601f198101835282610d47565b519020935b811c929101610660565b61088f6108ed6108c485876004013560248901610e38565b604051600160f81b60208201908152913560218201526041810194909452929182906061820190565b519020936108a2565b60405162461bcd60e51b81526020600482015260116024820152700eee4dedcce40e0e4dedecc40c8cae0e8d607b1b6044820152606490fd5b5f19811461093f5760010161063c565b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b8152602060048201526012602482015271696e646578206f7574206f662072616e676560701b6044820152606490fd5b60405162461bcd60e51b8152602060048201526013602482015272686569676874206f7574206f662072616e676560681b6044820152606490fd5b90506001600160401b0360e4351610155f6105b3565b60405162461bcd60e51b81526020600482015260116024820152703bb937b733903232b9ba34b730ba34b7b760791b6044820152606490fd5b60405162461bcd60e51b815260206004820152600c60248201526b77726f6e6720736f7572636560a01b6044820152606490fd5b60405162461bcd60e51b815260206004820152600e60248201526d3830b1b5b2ba103b32b939b4b7b760911b6044820152606490fd5b50600435600401356020116107ce5760016024600435013514610503565b60405162461bcd60e51b81526020600482015260096024820152686e6f2071756f72756d60b81b6044820152606490fd5b6040610ae484866004013560248801610e14565b0135601b81148015610cae575b15610c81576020610b0a85876004013560248901610e14565b0135151580610c42575b15610c14575f6080602092610b3187896004013560248b01610e14565b3584610b45898b6004013560248d01610e14565b01359060ff6040519389855216868401526040830152606082015282805260015afa156107c3575f51906001600160a01b038083169116811115610bd7575f525f60205260ff60405f20541615610ba1576001909201916104b4565b60405162461bcd60e51b815260206004820152600e60248201526d3ab735b737bbb71039b4b3b732b960911b6044820152606490fd5b60405162461bcd60e51b81526020600482015260156024820152747369676e657273206e6f7420617363656e64696e6760581b6044820152606490fd5b60405162461bcd60e51b815260206004820152600660248201526568696768207360d01b6044820152606490fd5b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a06020610c7886886004013560248a01610e14565b01351115610b14565b60405162461bcd60e51b81526020600482015260056024820152643130b2103b60d91b6044820152606490fd5b50601c8114610af1565b60405162461bcd60e51b81526020600482015260136024820152721ddc9bdb99c81d985b1a59185d1bdc881cd95d606a1b6044820152606490fd5b60405162461bcd60e51b815260206004820152601260248201527131b432b1b5b837b4b73a103b32b939b4b7b760711b6044820152606490fd5b346107ce575f3660031901126107ce576020906001548152f35b90601f801991011681019081106001600160401b03821117610d6857604052565b634e487b7160e01b5f52604160045260245ffd5b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527fb914139b91d26882af7981667405e6e01fd4433bd890c2958eefafb0bca8477960408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152610e0e60c082610d47565b51902090565b9190811015610e24576060020190565b634e487b7160e01b5f52603260045260245ffd5b9190811015610e245760051b019056",
}

// PacketInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use PacketInboxMetaData.ABI instead.
var PacketInboxABI = PacketInboxMetaData.ABI

// PacketInboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PacketInboxMetaData.Bin instead.
var PacketInboxBin = PacketInboxMetaData.Bin

// DeployPacketInbox deploys a new Ethereum contract, binding an instance of PacketInbox to it.
func DeployPacketInbox(auth *bind.TransactOpts, backend bind.ContractBackend, validators []common.Address, powers []*big.Int) (common.Address, *types.Transaction, *PacketInbox, error) {
	parsed, err := PacketInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PacketInboxBin), backend, validators, powers)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PacketInbox{PacketInboxCaller: PacketInboxCaller{contract: contract}, PacketInboxTransactor: PacketInboxTransactor{contract: contract}, PacketInboxFilterer: PacketInboxFilterer{contract: contract}}, nil
}

// PacketInbox is an auto generated Go binding around an Ethereum contract.
type PacketInbox struct {
	PacketInboxCaller     // Read-only binding to the contract
	PacketInboxTransactor // Write-only binding to the contract
	PacketInboxFilterer   // Log filterer for contract events
}

// PacketInboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type PacketInboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketInboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PacketInboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketInboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PacketInboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketInboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PacketInboxSession struct {
	Contract     *PacketInbox      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PacketInboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PacketInboxCallerSession struct {
	Contract *PacketInboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// PacketInboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PacketInboxTransactorSession struct {
	Contract     *PacketInboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// PacketInboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type PacketInboxRaw struct {
	Contract *PacketInbox // Generic contract binding to access the raw methods on
}

// PacketInboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PacketInboxCallerRaw struct {
	Contract *PacketInboxCaller // Generic read-only contract binding to access the raw methods on
}

// PacketInboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PacketInboxTransactorRaw struct {
	Contract *PacketInboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPacketInbox creates a new instance of PacketInbox, bound to a specific deployed contract.
func NewPacketInbox(address common.Address, backend bind.ContractBackend) (*PacketInbox, error) {
	contract, err := bindPacketInbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PacketInbox{PacketInboxCaller: PacketInboxCaller{contract: contract}, PacketInboxTransactor: PacketInboxTransactor{contract: contract}, PacketInboxFilterer: PacketInboxFilterer{contract: contract}}, nil
}

// NewPacketInboxCaller creates a new read-only instance of PacketInbox, bound to a specific deployed contract.
func NewPacketInboxCaller(address common.Address, caller bind.ContractCaller) (*PacketInboxCaller, error) {
	contract, err := bindPacketInbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PacketInboxCaller{contract: contract}, nil
}

// NewPacketInboxTransactor creates a new write-only instance of PacketInbox, bound to a specific deployed contract.
func NewPacketInboxTransactor(address common.Address, transactor bind.ContractTransactor) (*PacketInboxTransactor, error) {
	contract, err := bindPacketInbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PacketInboxTransactor{contract: contract}, nil
}

// NewPacketInboxFilterer creates a new log filterer instance of PacketInbox, bound to a specific deployed contract.
func NewPacketInboxFilterer(address common.Address, filterer bind.ContractFilterer) (*PacketInboxFilterer, error) {
	contract, err := bindPacketInbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PacketInboxFilterer{contract: contract}, nil
}

// bindPacketInbox binds a generic wrapper to an already deployed contract.
func bindPacketInbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PacketInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PacketInbox *PacketInboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PacketInbox.Contract.PacketInboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PacketInbox *PacketInboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PacketInbox.Contract.PacketInboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PacketInbox *PacketInboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PacketInbox.Contract.PacketInboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PacketInbox *PacketInboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PacketInbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PacketInbox *PacketInboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PacketInbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PacketInbox *PacketInboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PacketInbox.Contract.contract.Transact(opts, method, params...)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0xce668394.
//
// Solidity: function checkpointDigest((uint8,uint256,uint64,uint64,uint64,bytes32,uint64,bytes32,bytes32) cp) view returns(bytes32)
func (_PacketInbox *PacketInboxCaller) CheckpointDigest(opts *bind.CallOpts, cp PacketInboxCheckpoint) ([32]byte, error) {
	var out []interface{}
	err := _PacketInbox.contract.Call(opts, &out, "checkpointDigest", cp)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0xce668394.
//
// Solidity: function checkpointDigest((uint8,uint256,uint64,uint64,uint64,bytes32,uint64,bytes32,bytes32) cp) view returns(bytes32)
func (_PacketInbox *PacketInboxSession) CheckpointDigest(cp PacketInboxCheckpoint) ([32]byte, error) {
	return _PacketInbox.Contract.CheckpointDigest(&_PacketInbox.CallOpts, cp)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0xce668394.
//
// Solidity: function checkpointDigest((uint8,uint256,uint64,uint64,uint64,bytes32,uint64,bytes32,bytes32) cp) view returns(bytes32)
func (_PacketInbox *PacketInboxCallerSession) CheckpointDigest(cp PacketInboxCheckpoint) ([32]byte, error) {
	return _PacketInbox.Contract.CheckpointDigest(&_PacketInbox.CallOpts, cp)
}

// Delivered is a free data retrieval call binding the contract method 0xe495f1d4.
//
// Solidity: function delivered(bytes32 ) view returns(bool)
func (_PacketInbox *PacketInboxCaller) Delivered(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _PacketInbox.contract.Call(opts, &out, "delivered", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Delivered is a free data retrieval call binding the contract method 0xe495f1d4.
//
// Solidity: function delivered(bytes32 ) view returns(bool)
func (_PacketInbox *PacketInboxSession) Delivered(arg0 [32]byte) (bool, error) {
	return _PacketInbox.Contract.Delivered(&_PacketInbox.CallOpts, arg0)
}

// Delivered is a free data retrieval call binding the contract method 0xe495f1d4.
//
// Solidity: function delivered(bytes32 ) view returns(bool)
func (_PacketInbox *PacketInboxCallerSession) Delivered(arg0 [32]byte) (bool, error) {
	return _PacketInbox.Contract.Delivered(&_PacketInbox.CallOpts, arg0)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_PacketInbox *PacketInboxCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PacketInbox.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_PacketInbox *PacketInboxSession) DomainSeparator() ([32]byte, error) {
	return _PacketInbox.Contract.DomainSeparator(&_PacketInbox.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_PacketInbox *PacketInboxCallerSession) DomainSeparator() ([32]byte, error) {
	return _PacketInbox.Contract.DomainSeparator(&_PacketInbox.CallOpts)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_PacketInbox *PacketInboxCaller) IsValidator(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _PacketInbox.contract.Call(opts, &out, "isValidator", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_PacketInbox *PacketInboxSession) IsValidator(arg0 common.Address) (bool, error) {
	return _PacketInbox.Contract.IsValidator(&_PacketInbox.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_PacketInbox *PacketInboxCallerSession) IsValidator(arg0 common.Address) (bool, error) {
	return _PacketInbox.Contract.IsValidator(&_PacketInbox.CallOpts, arg0)
}

// ValidatorCount is a free data retrieval call binding the contract method 0x0f43a677.
//
// Solidity: function validatorCount() view returns(uint256)
func (_PacketInbox *PacketInboxCaller) ValidatorCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PacketInbox.contract.Call(opts, &out, "validatorCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ValidatorCount is a free data retrieval call binding the contract method 0x0f43a677.
//
// Solidity: function validatorCount() view returns(uint256)
func (_PacketInbox *PacketInboxSession) ValidatorCount() (*big.Int, error) {
	return _PacketInbox.Contract.ValidatorCount(&_PacketInbox.CallOpts)
}

// ValidatorCount is a free data retrieval call binding the contract method 0x0f43a677.
//
// Solidity: function validatorCount() view returns(uint256)
func (_PacketInbox *PacketInboxCallerSession) ValidatorCount() (*big.Int, error) {
	return _PacketInbox.Contract.ValidatorCount(&_PacketInbox.CallOpts)
}

// ValidatorSetHash is a free data retrieval call binding the contract method 0xcdea2912.
//
// Solidity: function validatorSetHash() view returns(bytes32)
func (_PacketInbox *PacketInboxCaller) ValidatorSetHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PacketInbox.contract.Call(opts, &out, "validatorSetHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ValidatorSetHash is a free data retrieval call binding the contract method 0xcdea2912.
//
// Solidity: function validatorSetHash() view returns(bytes32)
func (_PacketInbox *PacketInboxSession) ValidatorSetHash() ([32]byte, error) {
	return _PacketInbox.Contract.ValidatorSetHash(&_PacketInbox.CallOpts)
}

// ValidatorSetHash is a free data retrieval call binding the contract method 0xcdea2912.
//
// Solidity: function validatorSetHash() view returns(bytes32)
func (_PacketInbox *PacketInboxCallerSession) ValidatorSetHash() ([32]byte, error) {
	return _PacketInbox.Contract.ValidatorSetHash(&_PacketInbox.CallOpts)
}

// Deliver is a paid mutator transaction binding the contract method 0x90d40cdf.
//
// Solidity: function deliver(bytes packet, uint256 index, bytes32[] siblings, (uint8,uint256,uint64,uint64,uint64,bytes32,uint64,bytes32,bytes32) cp, uint256[3][] sigs) returns()
func (_PacketInbox *PacketInboxTransactor) Deliver(opts *bind.TransactOpts, packet []byte, index *big.Int, siblings [][32]byte, cp PacketInboxCheckpoint, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _PacketInbox.contract.Transact(opts, "deliver", packet, index, siblings, cp, sigs)
}

// Deliver is a paid mutator transaction binding the contract method 0x90d40cdf.
//
// Solidity: function deliver(bytes packet, uint256 index, bytes32[] siblings, (uint8,uint256,uint64,uint64,uint64,bytes32,uint64,bytes32,bytes32) cp, uint256[3][] sigs) returns()
func (_PacketInbox *PacketInboxSession) Deliver(packet []byte, index *big.Int, siblings [][32]byte, cp PacketInboxCheckpoint, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _PacketInbox.Contract.Deliver(&_PacketInbox.TransactOpts, packet, index, siblings, cp, sigs)
}

// Deliver is a paid mutator transaction binding the contract method 0x90d40cdf.
//
// Solidity: function deliver(bytes packet, uint256 index, bytes32[] siblings, (uint8,uint256,uint64,uint64,uint64,bytes32,uint64,bytes32,bytes32) cp, uint256[3][] sigs) returns()
func (_PacketInbox *PacketInboxTransactorSession) Deliver(packet []byte, index *big.Int, siblings [][32]byte, cp PacketInboxCheckpoint, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _PacketInbox.Contract.Deliver(&_PacketInbox.TransactOpts, packet, index, siblings, cp, sigs)
}

// PacketInboxPacketDeliveredIterator is returned from FilterPacketDelivered and is used to iterate over the raw logs and unpacked data for PacketDelivered events raised by the PacketInbox contract.
type PacketInboxPacketDeliveredIterator struct {
	Event *PacketInboxPacketDelivered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *PacketInboxPacketDeliveredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PacketInboxPacketDelivered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(PacketInboxPacketDelivered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *PacketInboxPacketDeliveredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PacketInboxPacketDeliveredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PacketInboxPacketDelivered represents a PacketDelivered event raised by the PacketInbox contract.
type PacketInboxPacketDelivered struct {
	Id       [32]byte
	Receiver common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPacketDelivered is a free log retrieval operation binding the contract event 0x10618a1499b4938f2eea0974eec4ae58bb48ddd300a533c392e0ec8f1ba4dd5e.
//
// Solidity: event PacketDelivered(bytes32 indexed id, address indexed receiver)
func (_PacketInbox *PacketInboxFilterer) FilterPacketDelivered(opts *bind.FilterOpts, id [][32]byte, receiver []common.Address) (*PacketInboxPacketDeliveredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _PacketInbox.contract.FilterLogs(opts, "PacketDelivered", idRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return &PacketInboxPacketDeliveredIterator{contract: _PacketInbox.contract, event: "PacketDelivered", logs: logs, sub: sub}, nil
}

// WatchPacketDelivered is a free log subscription operation binding the contract event 0x10618a1499b4938f2eea0974eec4ae58bb48ddd300a533c392e0ec8f1ba4dd5e.
//
// Solidity: event PacketDelivered(bytes32 indexed id, address indexed receiver)
func (_PacketInbox *PacketInboxFilterer) WatchPacketDelivered(opts *bind.WatchOpts, sink chan<- *PacketInboxPacketDelivered, id [][32]byte, receiver []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var receiverRule []interface{}
	for _, receiverItem := range receiver {
		receiverRule = append(receiverRule, receiverItem)
	}

	logs, sub, err := _PacketInbox.contract.WatchLogs(opts, "PacketDelivered", idRule, receiverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PacketInboxPacketDelivered)
				if err := _PacketInbox.contract.UnpackLog(event, "PacketDelivered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePacketDelivered is a log parse operation binding the contract event 0x10618a1499b4938f2eea0974eec4ae58bb48ddd300a533c392e0ec8f1ba4dd5e.
//
// Solidity: event PacketDelivered(bytes32 indexed id, address indexed receiver)
func (_PacketInbox *PacketInboxFilterer) ParsePacketDelivered(log types.Log) (*PacketInboxPacketDelivered, error) {
	event := new(PacketInboxPacketDelivered)
	if err := _PacketInbox.contract.UnpackLog(event, "PacketDelivered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
