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

// PacketRecorderMetaData contains all meta data concerning the PacketRecorder contract.
var PacketRecorderMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onPacket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"received\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receivedCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60808060405234601557610158908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163ba9d06381461011557508063c30f024b146100785763e66f0a771461003d575f80fd5b34610074576020366003190112610074576004355f548110156100745761006560209161012e565b90549060031b1c604051908152f35b5f80fd5b346100745760403660031901126100745760243567ffffffffffffffff8111610074573660238201121561007457806004013567ffffffffffffffff81116100745736910160240111610074575f5468010000000000000000811015610101578060016100e792015f5561012e565b81545f1960039290921b91821b191660043590911b179055005b634e487b7160e01b5f52604160045260245ffd5b34610074575f366003190112610074576020905f548152f35b5f54811015610144575f805260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd",
}

// PacketRecorderABI is the input ABI used to generate the binding from.
// Deprecated: Use PacketRecorderMetaData.ABI instead.
var PacketRecorderABI = PacketRecorderMetaData.ABI

// PacketRecorderBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PacketRecorderMetaData.Bin instead.
var PacketRecorderBin = PacketRecorderMetaData.Bin

// DeployPacketRecorder deploys a new Ethereum contract, binding an instance of PacketRecorder to it.
func DeployPacketRecorder(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *PacketRecorder, error) {
	parsed, err := PacketRecorderMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PacketRecorderBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PacketRecorder{PacketRecorderCaller: PacketRecorderCaller{contract: contract}, PacketRecorderTransactor: PacketRecorderTransactor{contract: contract}, PacketRecorderFilterer: PacketRecorderFilterer{contract: contract}}, nil
}

// PacketRecorder is an auto generated Go binding around an Ethereum contract.
type PacketRecorder struct {
	PacketRecorderCaller     // Read-only binding to the contract
	PacketRecorderTransactor // Write-only binding to the contract
	PacketRecorderFilterer   // Log filterer for contract events
}

// PacketRecorderCaller is an auto generated read-only Go binding around an Ethereum contract.
type PacketRecorderCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketRecorderTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PacketRecorderTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketRecorderFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PacketRecorderFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PacketRecorderSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PacketRecorderSession struct {
	Contract     *PacketRecorder   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PacketRecorderCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PacketRecorderCallerSession struct {
	Contract *PacketRecorderCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// PacketRecorderTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PacketRecorderTransactorSession struct {
	Contract     *PacketRecorderTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// PacketRecorderRaw is an auto generated low-level Go binding around an Ethereum contract.
type PacketRecorderRaw struct {
	Contract *PacketRecorder // Generic contract binding to access the raw methods on
}

// PacketRecorderCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PacketRecorderCallerRaw struct {
	Contract *PacketRecorderCaller // Generic read-only contract binding to access the raw methods on
}

// PacketRecorderTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PacketRecorderTransactorRaw struct {
	Contract *PacketRecorderTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPacketRecorder creates a new instance of PacketRecorder, bound to a specific deployed contract.
func NewPacketRecorder(address common.Address, backend bind.ContractBackend) (*PacketRecorder, error) {
	contract, err := bindPacketRecorder(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PacketRecorder{PacketRecorderCaller: PacketRecorderCaller{contract: contract}, PacketRecorderTransactor: PacketRecorderTransactor{contract: contract}, PacketRecorderFilterer: PacketRecorderFilterer{contract: contract}}, nil
}

// NewPacketRecorderCaller creates a new read-only instance of PacketRecorder, bound to a specific deployed contract.
func NewPacketRecorderCaller(address common.Address, caller bind.ContractCaller) (*PacketRecorderCaller, error) {
	contract, err := bindPacketRecorder(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PacketRecorderCaller{contract: contract}, nil
}

// NewPacketRecorderTransactor creates a new write-only instance of PacketRecorder, bound to a specific deployed contract.
func NewPacketRecorderTransactor(address common.Address, transactor bind.ContractTransactor) (*PacketRecorderTransactor, error) {
	contract, err := bindPacketRecorder(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PacketRecorderTransactor{contract: contract}, nil
}

// NewPacketRecorderFilterer creates a new log filterer instance of PacketRecorder, bound to a specific deployed contract.
func NewPacketRecorderFilterer(address common.Address, filterer bind.ContractFilterer) (*PacketRecorderFilterer, error) {
	contract, err := bindPacketRecorder(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PacketRecorderFilterer{contract: contract}, nil
}

// bindPacketRecorder binds a generic wrapper to an already deployed contract.
func bindPacketRecorder(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PacketRecorderMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PacketRecorder *PacketRecorderRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PacketRecorder.Contract.PacketRecorderCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PacketRecorder *PacketRecorderRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PacketRecorder.Contract.PacketRecorderTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PacketRecorder *PacketRecorderRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PacketRecorder.Contract.PacketRecorderTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PacketRecorder *PacketRecorderCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PacketRecorder.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PacketRecorder *PacketRecorderTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PacketRecorder.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PacketRecorder *PacketRecorderTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PacketRecorder.Contract.contract.Transact(opts, method, params...)
}

// Received is a free data retrieval call binding the contract method 0xe66f0a77.
//
// Solidity: function received(uint256 ) view returns(bytes32)
func (_PacketRecorder *PacketRecorderCaller) Received(opts *bind.CallOpts, arg0 *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _PacketRecorder.contract.Call(opts, &out, "received", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// Received is a free data retrieval call binding the contract method 0xe66f0a77.
//
// Solidity: function received(uint256 ) view returns(bytes32)
func (_PacketRecorder *PacketRecorderSession) Received(arg0 *big.Int) ([32]byte, error) {
	return _PacketRecorder.Contract.Received(&_PacketRecorder.CallOpts, arg0)
}

// Received is a free data retrieval call binding the contract method 0xe66f0a77.
//
// Solidity: function received(uint256 ) view returns(bytes32)
func (_PacketRecorder *PacketRecorderCallerSession) Received(arg0 *big.Int) ([32]byte, error) {
	return _PacketRecorder.Contract.Received(&_PacketRecorder.CallOpts, arg0)
}

// ReceivedCount is a free data retrieval call binding the contract method 0xba9d0638.
//
// Solidity: function receivedCount() view returns(uint256)
func (_PacketRecorder *PacketRecorderCaller) ReceivedCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PacketRecorder.contract.Call(opts, &out, "receivedCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReceivedCount is a free data retrieval call binding the contract method 0xba9d0638.
//
// Solidity: function receivedCount() view returns(uint256)
func (_PacketRecorder *PacketRecorderSession) ReceivedCount() (*big.Int, error) {
	return _PacketRecorder.Contract.ReceivedCount(&_PacketRecorder.CallOpts)
}

// ReceivedCount is a free data retrieval call binding the contract method 0xba9d0638.
//
// Solidity: function receivedCount() view returns(uint256)
func (_PacketRecorder *PacketRecorderCallerSession) ReceivedCount() (*big.Int, error) {
	return _PacketRecorder.Contract.ReceivedCount(&_PacketRecorder.CallOpts)
}

// OnPacket is a paid mutator transaction binding the contract method 0xc30f024b.
//
// Solidity: function onPacket(bytes32 id, bytes ) returns()
func (_PacketRecorder *PacketRecorderTransactor) OnPacket(opts *bind.TransactOpts, id [32]byte, arg1 []byte) (*types.Transaction, error) {
	return _PacketRecorder.contract.Transact(opts, "onPacket", id, arg1)
}

// OnPacket is a paid mutator transaction binding the contract method 0xc30f024b.
//
// Solidity: function onPacket(bytes32 id, bytes ) returns()
func (_PacketRecorder *PacketRecorderSession) OnPacket(id [32]byte, arg1 []byte) (*types.Transaction, error) {
	return _PacketRecorder.Contract.OnPacket(&_PacketRecorder.TransactOpts, id, arg1)
}

// OnPacket is a paid mutator transaction binding the contract method 0xc30f024b.
//
// Solidity: function onPacket(bytes32 id, bytes ) returns()
func (_PacketRecorder *PacketRecorderTransactorSession) OnPacket(id [32]byte, arg1 []byte) (*types.Transaction, error) {
	return _PacketRecorder.Contract.OnPacket(&_PacketRecorder.TransactOpts, id, arg1)
}
